// Trait objects: a Vec<Box<dyn Filter>> pipeline over text, default methods, and dyn parameters.
trait Filter {
    fn name(&self) -> String;
    fn apply(&self, input: &str) -> String;
    fn enabled(&self) -> bool {
        true
    }
    fn describe(&self) -> String {
        format!("[{}{}]", self.name(), if self.enabled() { "" } else { " off" })
    }
}

struct Upper;
struct Replace {
    from: char,
    to: char,
}
struct Truncate(usize);
struct Disabled(Box<dyn Filter>);

impl Filter for Upper {
    fn name(&self) -> String {
        "upper".to_string()
    }
    fn apply(&self, input: &str) -> String {
        input.to_uppercase()
    }
}

impl Filter for Replace {
    fn name(&self) -> String {
        format!("replace {}->{}", self.from, self.to)
    }
    fn apply(&self, input: &str) -> String {
        input.chars().map(|c| if c == self.from { self.to } else { c }).collect()
    }
}

impl Filter for Truncate {
    fn name(&self) -> String {
        format!("truncate {}", self.0)
    }
    fn apply(&self, input: &str) -> String {
        input.chars().take(self.0).collect()
    }
}

impl Filter for Disabled {
    fn name(&self) -> String {
        self.0.name()
    }
    fn apply(&self, input: &str) -> String {
        input.to_string()
    }
    fn enabled(&self) -> bool {
        false
    }
}

fn run(filters: &[Box<dyn Filter>], input: &str) -> String {
    let mut text = input.to_string();
    for f in filters.iter().filter(|f| f.enabled()) {
        text = f.apply(&text);
        println!("  after {:<16} {:?}", f.name(), text);
    }
    text
}

fn longest_name(filters: &Vec<Box<dyn Filter>>) -> Option<&dyn Filter> {
    filters.iter().map(|b| b.as_ref()).max_by_key(|f| f.name().len())
}

fn main() {
    let filters: Vec<Box<dyn Filter>> = vec![
        Box::new(Replace { from: ' ', to: '_' }),
        Box::new(Disabled(Box::new(Upper))),
        Box::new(Truncate(12)),
        Box::new(Upper),
    ];
    let pipeline: Vec<String> = filters.iter().map(|f| f.describe()).collect();
    println!("pipeline: {}", pipeline.join(" "));
    let out = run(&filters, "hello trait objects world");
    println!("result: {}", out);
    if let Some(f) = longest_name(&filters) {
        println!("longest filter name: {}", f.name());
    }
    let empty: Vec<Box<dyn Filter>> = Vec::new();
    println!("empty pipeline: {:?}", run(&empty, "same"));
    println!("size of Box<dyn Filter>: {}", std::mem::size_of::<Box<dyn Filter>>());
}
