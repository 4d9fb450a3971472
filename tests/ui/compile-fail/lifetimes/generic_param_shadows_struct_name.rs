//@ compile-fail
// A type parameter named like a struct with a lifetime is not that struct.
struct T<'a> {
    s: &'a str,
}

fn pick<T: Copy>(a: &T, b: &T) -> &T { //~ ERROR E0106
    if true { a } else { b }
}

fn main() {
    let t = T { s: "x" };
    println!("{} {}", t.s, pick(&1, &2));
}
