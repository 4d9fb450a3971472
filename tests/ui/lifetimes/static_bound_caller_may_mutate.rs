// `impl Trait + 'static` holds no borrow of its arguments: the caller may mutate the argument while it lives.
fn snapshot(v: &Vec<i32>) -> impl Iterator<Item = i32> + 'static {
    v.clone().into_iter()
}

fn main() {
    let mut v = vec![1, 2];
    let it = snapshot(&v);
    v.push(3);
    let total: i32 = it.sum();
    println!("{} {:?}", total, v);
}
