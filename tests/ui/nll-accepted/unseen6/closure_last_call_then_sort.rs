// A closure borrowing `v` mutably is dead after its last call, so `v` can be sorted and read.
fn main() {
    let mut v = vec![5, 1];
    let mut add = |x: i32| v.push(x * 2);
    add(4);
    add(0);
    v.sort();
    println!("{:?}", v);
    let mut total = 0;
    let mut sum_into = |x: &i32| total += x;
    v.iter().for_each(&mut sum_into);
    sum_into(&100);
    println!("{}", total);
}
