// An overwritten value of a type without drop glue (a slice iterator) is warned about at the whole assignment, one with drop glue (a String) at its place
fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    it.next();
    it = v[1..].iter();
    let mut s = String::from("a");
    s.push('b');
    s = String::from("c");
    println!("{}", v.len());
}
