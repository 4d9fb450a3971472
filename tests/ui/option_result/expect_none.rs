// expect on None panics with exactly the given message.
fn find(names: &[&str], target: &str) -> Option<usize> {
    names.iter().position(|n| *n == target)
}

fn main() {
    let names = ["ann", "bob"];
    println!("{}", find(&names, "bob").expect("bob is there"));
    println!("{}", find(&names, "zed").expect("zed should be in the list"));
}
