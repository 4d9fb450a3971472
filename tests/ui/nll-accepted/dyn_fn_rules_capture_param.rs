// Closures passing a captured `&str` parameter to boxed `dyn Fn(&str)` objects, whose results borrow only `self`.
struct Check {
    label: String,
    test: Box<dyn Fn(&str) -> bool>,
    score: Box<dyn Fn(&str, usize) -> usize>,
}

struct Form {
    checks: Vec<Check>,
}

impl Form {
    fn first_failing(&self, input: &str) -> Option<&str> {
        self.checks.iter().find(|c| !(c.test)(input)).map(|c| c.label.as_str())
    }

    fn passing(&self, input: &str) -> Vec<&String> {
        self.checks.iter().filter(|c| (c.test)(input)).map(|c| &c.label).collect()
    }

    fn best(&self, input: &str) -> Option<&Check> {
        self.checks.iter().max_by_key(|c| (c.score)(input, c.label.len()))
    }
}

fn main() {
    let form = Form {
        checks: vec![
            Check { label: String::from("non-empty"), test: Box::new(|s| !s.is_empty()), score: Box::new(|s, n| s.len() + n) },
            Check { label: String::from("short"), test: Box::new(|s| s.len() < 5), score: Box::new(|s, n| s.len() * n) },
        ],
    };
    let typed = String::from("hello world");
    println!("{:?}", form.first_failing(&typed));
    println!("{:?}", form.passing(&typed));
    println!("{:?}", form.best(&typed).map(|c| c.label.as_str()));
    drop(typed);
    println!("{:?}", form.passing("ok"));
}
