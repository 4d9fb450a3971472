// Option<T> is an enum: match on Some/None and plus_one from the Book.
fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}

fn main() {
    let five = Some(5);
    let six = plus_one(five);
    let none = plus_one(None);
    println!("{:?} {:?} {:?}", five, six, none);
    println!("{}", std::mem::size_of::<Option<i32>>());
    println!("{}", std::mem::size_of::<Option<&i32>>());
    println!("{}", std::mem::size_of::<Option<String>>());
}
