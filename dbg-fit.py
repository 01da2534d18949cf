import json,sys
for f in sys.argv[1:]:
  d=json.load(open(f))
  for k in ['cross_validated','on_fitted_data']:
    c=d[k]; print(f.split('/')[-1][:22], k[:6], c['interview_refusal_accuracy'], c['interview_traps_answered'], ' '.join(f"{s.replace('interview','iv').replace('-corpus','')}={v['accuracy']}" for s,v in c['by_source'].items()))
  print(dict(zip(d['features'],d['weights'])))
