// closures that return data they captured without lending their environment: copies of a shared capture, reborrows
// through it, and the items of a captured iterator
fn main() {
    let names = vec!["ann", "bob", "cyd"];
    let pick = move |i: usize| names[i];
    println!("{} {}", pick(2), pick(0));

    let v = vec![10, 20, 30];
    let first = || &v[0];
    let f = first();
    println!("{} {}", f, v.len());

    let word: &str = "borrowed";
    let tail = move || &word[3..];
    println!("{}", tail());

    let words = vec![String::from("x"), String::from("y")];
    let mut it = words.iter();
    let mut next = || it.next();
    println!("{:?} {:?} {:?}", next(), next(), next());
}
