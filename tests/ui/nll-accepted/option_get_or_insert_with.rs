// `get_or_insert_with` returns a `&mut` into the Option, which ends before the next read.
struct Lazy {
    value: Option<Vec<i32>>,
}

fn main() {
    let mut l = Lazy { value: None };
    l.value.get_or_insert_with(Vec::new).push(1);
    l.value.get_or_insert_with(Vec::new).push(2);
    println!("{:?}", l.value);
    let v = l.value.get_or_insert_with(|| vec![9]);
    v.push(3);
    println!("{:?}", l.value);
}
