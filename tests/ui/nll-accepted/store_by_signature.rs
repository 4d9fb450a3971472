// A callee stores an argument's borrow behind a `&mut` argument only where its signature lets it: formatting and `push_str` store nothing
use std::fmt;

enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Shape::Circle(r) => write!(f, "circle r={}", r),
            Shape::Rect { w, h } => write!(f, "rect {}x{}", w, h),
        }
    }
}

struct Doc {
    text: String,
    words: Vec<String>,
    label: Option<Box<dyn fmt::Display>>,
}

impl Doc {
    fn add(&mut self, t: &str) {
        self.text.push_str(t);
        self.words.push(t.to_string());
    }
}

fn append(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
}

fn main() {
    let mut d = Doc { text: String::new(), words: Vec::new(), label: None };
    {
        let s = String::from("hello ");
        d.add(&s);
    }
    d.label = Some(Box::new(Shape::Circle(1.5)));
    let mut out = String::new();
    {
        let local = String::from("x");
        append(&mut out, &[&local, "y"]);
        out.push_str(&local);
    }
    println!("{} {:?} {}", d.text, d.words, out);
    for s in [Shape::Circle(2.0), Shape::Rect { w: 1.0, h: 3.0 }] {
        println!("{}", s);
    }
    if let Some(l) = &d.label {
        println!("label: {}", l);
    }
}
