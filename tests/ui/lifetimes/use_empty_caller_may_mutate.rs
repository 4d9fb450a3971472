// `impl Trait + use<>` captures no lifetime: the caller may mutate the argument while the iterator lives.
fn snapshot(v: &Vec<i32>) -> impl Iterator<Item = i32> + use<> {
    v.clone().into_iter()
}

fn main() {
    let mut v = vec![1, 2];
    let it = snapshot(&v);
    v.push(3);
    for x in it {
        println!("{}", x);
    }
    println!("{:?}", v);
}
