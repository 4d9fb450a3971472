// `retain` mutates while deciding, with one borrow.
fn main() {
    let mut names = vec![String::from("ann"), String::from("bob"), String::from("al")];
    names.retain(|n| n.starts_with('a'));
    println!("{:?}", names);
    let mut nums: Vec<i32> = (1..=10).collect();
    nums.retain(|&x| x % 3 != 0);
    println!("{:?}", nums);
    println!("{}", names.len() + nums.len());
}
