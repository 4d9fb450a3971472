//@ compile-fail
// A `&String` parameter moved into another binding while a method call reborrows it.
fn show(s: &String) {
    let n = s.as_str();
    let t = s;
    println!("{} {}", n, t);
}

fn take(v: Vec<String>) -> usize {
    v.len()
}

fn main() {
    show(&String::from("a"));
    let v = vec![String::from("x")];
    let first = v.first();
    let n = take(v); //~ ERROR E0505
    println!("{:?} {}", first, n);
}
