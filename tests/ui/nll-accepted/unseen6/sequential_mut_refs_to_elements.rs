// NLL: a `&mut` to one element ends at its last use, then a shared borrow of another element is fine.
fn main() {
    let mut labels = vec![String::from("alpha"), String::from("beta")];
    let first = &mut labels[0];
    first.push('!');
    let second = &labels[1];
    println!("{}", second);
    let again = &mut labels[1];
    again.make_ascii_uppercase();
    println!("{:?}", labels);
}
