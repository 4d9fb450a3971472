// a map closure reading a struct field's Vec<&'static str> through a captured reference, over a temporary
struct Table {
    names: Vec<&'static str>,
}

fn ids(n: usize) -> Vec<usize> { (0..n).rev().collect() }

fn main() {
    let table = Table { names: vec!["x", "y", "z"] };
    let labels: Vec<&str> = ids(3).iter().map(|&i| table.names[i]).collect();
    let joined = labels.join("/");
    println!("{joined} {}", table.names.len());
}
