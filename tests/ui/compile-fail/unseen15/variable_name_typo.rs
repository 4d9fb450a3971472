//@ compile-fail
// a variable used under a slightly different name than its binding
fn main() {
    let calories: Vec<u32> = vec![1000, 2000, 3000];
    let total: u32 = calorie.iter().sum(); //~ ERROR E0425
    println!("{total}");
}
