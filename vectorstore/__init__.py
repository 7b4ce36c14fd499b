"""The vector store: nodes with metadata in Chroma (the only package that imports chromadb)."""
