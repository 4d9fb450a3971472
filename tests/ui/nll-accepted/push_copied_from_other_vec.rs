// Pushing values copied out of another vector parameter.
fn merge(into: &mut Vec<i32>, from: &Vec<i32>) {
    for x in from {
        into.push(*x);
    }
}

fn main() {
    let mut a = vec![1];
    merge(&mut a, &vec![2, 3]);
    println!("{:?}", a);
}
