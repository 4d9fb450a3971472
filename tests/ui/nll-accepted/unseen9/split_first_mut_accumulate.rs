// split_first_mut gives a mutable head and a mutable tail of the same vector at once.
fn main() {
    let mut totals = vec![0, 5, 7, 9];
    if let Some((first, rest)) = totals.split_first_mut() {
        for r in rest.iter_mut() {
            *first += *r;
            *r = 0;
        }
    }
    println!("{:?}", totals);
}
