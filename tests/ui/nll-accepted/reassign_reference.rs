// A reference variable re-pointed to another value; the old referent can then be mutated.
fn main() {
    let mut a = 1;
    let b = 2;
    let mut r = &a;
    println!("{}", r);
    r = &b;
    a += 10;
    println!("{} {}", r, a);
    let words = [String::from("x"), String::from("y")];
    let mut best = &words[0];
    for w in &words {
        best = w;
    }
    println!("{}", best);
}
