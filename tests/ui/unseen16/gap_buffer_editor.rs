// A gap buffer of chars for a text editor: insert at the cursor, move left/right, backspace, and an undo stack of edits.
#[derive(Debug, Clone)]
enum Edit {
    Inserted(char),
    Deleted(char),
    Moved(isize),
}

struct GapBuffer {
    buf: Vec<char>,
    gap_start: usize,
    gap_end: usize,
    undo: Vec<Edit>,
}

impl GapBuffer {
    fn new(cap: usize) -> Self {
        GapBuffer { buf: vec!['_'; cap], gap_start: 0, gap_end: cap, undo: Vec::new() }
    }

    fn grow(&mut self) {
        let extra = self.buf.len().max(4);
        let tail: Vec<char> = self.buf[self.gap_end..].to_vec();
        self.buf.truncate(self.gap_end);
        self.buf.resize(self.gap_end + extra, '_');
        self.gap_end += extra;
        self.buf.truncate(self.gap_end);
        self.buf.extend(tail);
    }

    fn insert(&mut self, c: char) {
        if self.gap_start == self.gap_end {
            self.grow();
        }
        self.buf[self.gap_start] = c;
        self.gap_start += 1;
        self.undo.push(Edit::Inserted(c));
    }

    fn backspace(&mut self) -> Option<char> {
        if self.gap_start == 0 {
            return None;
        }
        self.gap_start -= 1;
        let c = self.buf[self.gap_start];
        self.undo.push(Edit::Deleted(c));
        Some(c)
    }

    fn shift(&mut self, by: isize) -> isize {
        let mut moved = 0;
        while moved < by && self.gap_end < self.buf.len() {
            self.buf[self.gap_start] = self.buf[self.gap_end];
            self.gap_start += 1;
            self.gap_end += 1;
            moved += 1;
        }
        while moved > by && self.gap_start > 0 {
            self.gap_start -= 1;
            self.gap_end -= 1;
            self.buf[self.gap_end] = self.buf[self.gap_start];
            moved -= 1;
        }
        moved
    }

    fn move_cursor(&mut self, by: isize) {
        let moved = self.shift(by);
        self.undo.push(Edit::Moved(moved));
    }

    fn undo(&mut self) -> Option<Edit> {
        let e = self.undo.pop()?;
        match &e {
            Edit::Inserted(_) => self.gap_start -= 1,
            Edit::Deleted(c) => {
                self.buf[self.gap_start] = *c;
                self.gap_start += 1;
            }
            Edit::Moved(n) => {
                self.shift(-*n);
            }
        }
        Some(e)
    }

    fn text(&self) -> String {
        let mut s: String = self.buf[..self.gap_start].iter().collect();
        s.push('|');
        s.extend(&self.buf[self.gap_end..]);
        s
    }
}

fn main() {
    let mut g = GapBuffer::new(4);
    for c in "hello world".chars() {
        g.insert(c);
    }
    println!("{} (capacity {})", g.text(), g.buf.len());
    g.move_cursor(-6);
    println!("{}", g.text());
    g.insert(',');
    println!("{}", g.text());
    g.move_cursor(100);
    println!("{}", g.text());
    println!("backspace {:?} {:?}", g.backspace(), g.backspace());
    println!("{}", g.text());
    for _ in 0..4 {
        let e = g.undo();
        println!("undo {:?} -> {}", e, g.text());
    }
    println!("edits left {}", g.undo.len());
}
