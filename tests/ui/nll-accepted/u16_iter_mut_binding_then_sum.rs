// Binding an iter_mut() of a list to a variable, consuming it, then iterating the list again.
fn main() {
    let mut values = vec![1, 2, 3, 4];
    let it = values.iter_mut();
    for v in it {
        *v *= *v;
    }
    let total: i32 = values.iter().sum();
    let first = values.first_mut().unwrap();
    *first = -1;
    println!("{} {:?}", total, values);
}
