//@ compile-fail
// Iterating by reference and pushing a String field moves out of a borrow.
struct Job {
    name: String,
}

fn main() {
    let jobs = vec![Job { name: "a".to_string() }, Job { name: "b".to_string() }];
    let mut names = Vec::new();
    for j in &jobs {
        names.push(j.name); //~ ERROR E0507
    }
    println!("{} {}", names.len(), jobs.len());
}
