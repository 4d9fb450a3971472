//@ compile-fail
// a named lifetime shared by two parameters lets the callee store one behind the other
fn keep<'a>(v: &mut Vec<&'a str>, s: &'a str) {
    v.push(s);
}

fn main() {
    let mut v = Vec::new();
    {
        let s = String::from("a");
        keep(&mut v, &s); //~ ERROR E0597
    }
    println!("{:?}", v);
}
