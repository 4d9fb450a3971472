// A tree of UI widgets as Box<dyn Widget> trait objects, each rendering itself with indentation and reporting its size.
trait Widget {
    fn name(&self) -> String;
    fn width(&self) -> usize;
    fn render(&self, depth: usize, out: &mut Vec<String>);
    fn count(&self) -> usize {
        1
    }
}

struct Label {
    text: String,
}

struct Button {
    caption: String,
    enabled: bool,
}

struct Panel {
    title: String,
    children: Vec<Box<dyn Widget>>,
}

impl Widget for Label {
    fn name(&self) -> String {
        format!("Label({})", self.text)
    }
    fn width(&self) -> usize {
        self.text.len()
    }
    fn render(&self, depth: usize, out: &mut Vec<String>) {
        out.push(format!("{}{}", "  ".repeat(depth), self.text));
    }
}

impl Widget for Button {
    fn name(&self) -> String {
        format!("Button({})", self.caption)
    }
    fn width(&self) -> usize {
        self.caption.len() + 4
    }
    fn render(&self, depth: usize, out: &mut Vec<String>) {
        let mark = if self.enabled { "" } else { " (disabled)" };
        out.push(format!("{}[ {} ]{}", "  ".repeat(depth), self.caption, mark));
    }
}

impl Widget for Panel {
    fn name(&self) -> String {
        format!("Panel({}, {} children)", self.title, self.children.len())
    }
    fn width(&self) -> usize {
        let inner = self.children.iter().map(|c| c.width() + 2).max().unwrap_or(0);
        inner.max(self.title.len() + 4)
    }
    fn render(&self, depth: usize, out: &mut Vec<String>) {
        out.push(format!("{}+-- {} --+", "  ".repeat(depth), self.title));
        for child in &self.children {
            child.render(depth + 1, out);
        }
    }
    fn count(&self) -> usize {
        1 + self.children.iter().map(|c| c.count()).sum::<usize>()
    }
}

fn label(t: &str) -> Box<dyn Widget> {
    Box::new(Label { text: t.to_string() })
}

fn main() {
    let toolbar = Panel {
        title: String::from("Toolbar"),
        children: vec![
            Box::new(Button { caption: "Save".to_string(), enabled: true }),
            Box::new(Button { caption: "Undo".to_string(), enabled: false }),
        ],
    };
    let root = Panel {
        title: String::from("Settings"),
        children: vec![
            label("Choose your preferences below"),
            Box::new(toolbar),
            label("Volume"),
            Box::new(Button { caption: "Apply changes".to_string(), enabled: true }),
        ],
    };
    let mut lines = Vec::new();
    root.render(0, &mut lines);
    for l in &lines {
        println!("{}", l);
    }
    println!("{} widgets, width {}", root.count(), root.width());
    let widest = root.children.iter().max_by_key(|c| c.width()).unwrap();
    println!("widest child: {}", widest.name());
    let names: Vec<String> = root.children.iter().map(|c| c.name()).collect();
    println!("{:?}", names);
}
