#!/usr/bin/env python3
"""Writes tests/rules/emergency/lib/model-probabilities.json: the probabilities that train.py's features and the
shipped weights.json give a few training narratives (plain, non-ASCII and emoji, the longest), for score.ts's test."""
import json, os, sys
import numpy as np
sys.path.insert(0, os.path.dirname(__file__))
from train import C5, OUT, feats, load, matrix

def main():
    m = json.load(open(OUT))
    vocab = list(m['features']); Wm = np.array([m['features'][k] for k in vocab]); b = np.array(m['bias'])
    tr = [e for e in load() if e['set'] != 'validation-6']
    pick = [e for e in tr if e['set'] == 'corpus'][:4]
    pick += [e for e in tr if any(ord(ch) > 0xffff for ch in e['text'])][:3]            # emoji: code points vs UTF-16
    pick += [e for e in tr if any(0x7f < ord(ch) <= 0xffff for ch in e['text'])][:3]     # accents, typographic quotes
    pick.append(max(tr, key=lambda e: len(e['text'])))
    X = matrix([feats(e['text']) for e in pick], vocab)
    P = 1 / (1 + np.exp(-(X @ Wm + b)))
    out = [{'set': e['set'], 'id': e['id'], 'p': [round(float(x), 6) for x in P[i]]} for i, e in enumerate(pick)]
    json.dump(out, open('tests/rules/emergency/lib/model-probabilities.json', 'w'), indent=1)
    print(f'wrote probabilities of {len(out)} narratives for score.ts\'s test')

if __name__ == '__main__':
    main()
