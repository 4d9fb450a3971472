//@ compile-fail
// Fields of a struct that already has lifetime parameters.
struct One<'a> {
    a: &'a str,
    b: &str, //~ ERROR E0106
}

struct Two<'a, 'b> {
    a: &'a str,
    b: &'b str,
    c: &str, //~ ERROR E0106
}

fn main() {
    let o = One { a: "a", b: "b" };
    let t = Two { a: "a", b: "b", c: "c" };
    println!("{} {} {}", o.a, o.b, t.c);
}
