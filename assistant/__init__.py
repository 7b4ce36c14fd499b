"""The assistant: understand the question, retrieve paragraphs, answer with citations."""
