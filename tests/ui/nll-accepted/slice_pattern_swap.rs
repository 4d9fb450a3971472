// A slice pattern on `&mut v[..]` gives disjoint `&mut` to the first two elements.
fn main() {
    let mut v = vec![String::from("first"), String::from("second"), String::from("third")];
    if let [a, b, ..] = &mut v[..] {
        std::mem::swap(a, b);
        a.push('!');
    }
    println!("{:?}", v);
    if let [.., last] = &mut v[..] {
        last.make_ascii_uppercase();
    }
    println!("{:?}", v);
}
