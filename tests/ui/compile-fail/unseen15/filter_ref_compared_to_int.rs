//@ compile-fail
// a filter closure compares its &&i32 item with an integer literal
fn main() {
    let depths = vec![199, 200, 208, 210, 200, 207];
    let deep: Vec<&i32> = depths.iter().filter(|d| d > 200).collect(); //~ ERROR E0308
    println!("{:?}", deep);
}
