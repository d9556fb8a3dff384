#!/usr/bin/env python3
# Helper of tst_exportansiblespec: reads playbooks with Ansible's own loader (so that !unsafe and any other tag of
# Ansible's load as the value they carry) and, for every module the tasks call, that module's argument spec from the
# DOCUMENTATION YAML of the module file Ansible ships (ansible.builtin.* from ansible/modules, other collections from
# ansible_collections/NS/COLLECTION/plugins/modules). Prints one JSON object:
#   {"files": {PATH: [{"module": FQCN, "name": TASK NAME, "args": {...}}]},
#    "specs": {FQCN: {"file": MODULE FILE, "options": {NAME: {"type", "choices", "aliases", "elements"}}}}}
# A module whose file or documentation is missing gets "error" instead of "options".
import ast
import json
import os
import sys

import ansible
import yaml
from ansible.parsing.dataloader import DataLoader


def module_file(fqcn):
    parts = fqcn.split('.')
    if len(parts) != 3:
        return None
    namespace, collection, name = parts
    if (namespace, collection) == ('ansible', 'builtin'):
        folder = os.path.join(os.path.dirname(ansible.__file__), 'modules')
    else:
        import ansible_collections
        base = os.path.dirname(ansible_collections.__path__[0] + '/')
        folder = os.path.join(base, namespace, collection, 'plugins', 'modules')
    return os.path.join(folder, name + '.py')


def module_spec(fqcn):
    path = module_file(fqcn)
    if not path or not os.path.isfile(path):
        return {'error': 'no module file for %s (looked for %s)' % (fqcn, path)}
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read(), path)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, 'id', None) == 'DOCUMENTATION' for t in node.targets):
            doc = yaml.safe_load(node.value.value)
            options = {}
            for name, o in (doc.get('options') or {}).items():
                options[name] = {'type': o.get('type', 'str'), 'choices': o.get('choices'),
                                 'aliases': o.get('aliases') or [], 'elements': o.get('elements')}
            return {'file': path, 'options': options}
    return {'error': '%s has no DOCUMENTATION' % path}


def plain(value):
    # Ansible's tagged strings (AnsibleUnsafeText, ...) are str subclasses; JSON needs the plain types.
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def main():
    out = {'files': {}, 'specs': {}}
    loader = DataLoader()
    for path in sys.argv[1:]:
        tasks = []
        for play in loader.load_from_file(path) or []:
            for task in play.get('tasks') or []:
                for key, args in task.items():
                    if key.count('.') == 2:
                        tasks.append({'module': str(key), 'name': plain(task.get('name')), 'args': plain(args)})
                        if key not in out['specs']:
                            out['specs'][str(key)] = module_spec(str(key))
        out['files'][path] = tasks
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
