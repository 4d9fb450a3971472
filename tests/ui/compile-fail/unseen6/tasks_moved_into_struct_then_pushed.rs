//@ compile-fail
// A Vec moved into a struct field, then pushed to through the old name.
#[derive(Debug)]
struct Project {
    tasks: Vec<String>,
}

fn main() {
    let mut tasks = vec![String::from("design")];
    let project = Project { tasks };
    tasks.push(String::from("build")); //~ ERROR E0382
    println!("{:?}", project);
}
