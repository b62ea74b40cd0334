"""The web chat over the speeches (gradio): see :func:`ui.app.build_app` and :func:`ui.app.launch`."""
