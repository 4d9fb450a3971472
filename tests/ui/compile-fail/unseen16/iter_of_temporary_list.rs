//@ compile-fail
// Collecting references out of a list built as a temporary in the same statement.
struct List {
    items: Vec<String>,
}

fn build() -> List {
    List { items: vec!["x".to_string(), "y".to_string()] }
}

fn main() {
    let refs: Vec<&String> = build().items.iter().collect(); //~ ERROR E0716
    println!("{:?}", refs);
}
