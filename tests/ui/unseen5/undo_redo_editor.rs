// A tiny text editor with undo/redo stacks of edits.
#[derive(Debug, Clone)]
enum Edit {
    Insert { at: usize, text: String },
    Delete { at: usize, text: String },
}

struct Editor {
    buffer: String,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl Editor {
    fn new() -> Self {
        Editor { buffer: String::new(), undo: Vec::new(), redo: Vec::new() }
    }

    fn apply(&mut self, e: &Edit) {
        match e {
            Edit::Insert { at, text } => self.buffer.insert_str(*at, text),
            Edit::Delete { at, text } => {
                self.buffer.replace_range(*at..*at + text.len(), "");
            }
        }
    }

    fn inverse(e: &Edit) -> Edit {
        match e.clone() {
            Edit::Insert { at, text } => Edit::Delete { at, text },
            Edit::Delete { at, text } => Edit::Insert { at, text },
        }
    }

    fn insert(&mut self, at: usize, text: &str) {
        let e = Edit::Insert { at, text: text.to_string() };
        self.apply(&e);
        self.undo.push(e);
        self.redo.clear();
    }

    fn delete(&mut self, at: usize, len: usize) {
        let text = self.buffer[at..at + len].to_string();
        let e = Edit::Delete { at, text };
        self.apply(&e);
        self.undo.push(e);
        self.redo.clear();
    }

    fn undo(&mut self) -> bool {
        if let Some(e) = self.undo.pop() {
            let inv = Editor::inverse(&e);
            self.apply(&inv);
            self.redo.push(e);
            true
        } else {
            false
        }
    }

    fn redo(&mut self) -> bool {
        let Some(e) = self.redo.pop() else { return false };
        self.apply(&e);
        self.undo.push(e);
        true
    }
}

fn main() {
    let mut ed = Editor::new();
    ed.insert(0, "hello");
    ed.insert(5, " world");
    ed.delete(0, 1);
    ed.insert(0, "J");
    println!("{:?}", ed.buffer);
    while ed.undo() {
        println!("undo -> {:?}", ed.buffer);
    }
    ed.redo();
    ed.redo();
    println!("redo twice -> {:?} (undo {}, redo {})", ed.buffer, ed.undo.len(), ed.redo.len());
    ed.insert(ed.buffer.len(), "!");
    let can = ed.redo();
    println!("after typing -> {:?}, can redo: {}", ed.buffer, can);
    println!("last edit: {:?}", ed.undo.last());
}
