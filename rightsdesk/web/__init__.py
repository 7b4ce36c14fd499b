"""The web app: `rightsdesk serve` (Gradio)."""
