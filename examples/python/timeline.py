# Kazakhstan's timeline in Python (see docs/bindings.md):
#     PYTHONPATH=bindings/python CAPARTNER_LIBRARY=build/libcapartner.so.0 python3 examples/python/timeline.py
import capartner

for event in capartner.timeline(country="KZ"):
    print(event.date_text, event.summary)
