// A struct whose fields are all `&'static` holds no borrow of the map closure's captured local: it may be returned.
#[derive(Debug)]
struct Line {
    name: &'static str,
    tags: Vec<&'static str>,
    amount: f64,
}

fn scaled(lines: &[Line], by: u32) -> Vec<Line> {
    let factor = by as f64 / 2.0;
    lines.iter().map(|l| Line { name: l.name, tags: l.tags.clone(), amount: l.amount * factor }).collect()
}

fn first(lines: &[Line]) -> Option<Line> {
    let extra = String::from("!");
    lines.first().map(|l| Line { name: l.name, tags: vec![l.name], amount: l.amount + extra.len() as f64 })
}

fn main() {
    let lines = vec![Line { name: "flour", tags: vec!["dry"], amount: 3.0 }];
    let out = scaled(&lines, 4);
    println!("{:?}", out);
    println!("{:?}", first(&lines));
}
