// Box<dyn Iterator<Item = i32>> given an iterator of i32.
fn main() {
    let v: Vec<i32> = vec![1, 2];
    let it: Box<dyn Iterator<Item = i32>> = Box::new(v.into_iter().map(|x| x * 2));
    println!("{}", it.sum::<i32>());
}
