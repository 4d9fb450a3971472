// A shared reference's last use comes before the mutation, so the borrow has ended (NLL).
fn main() {
    let mut stock = vec![5, 3, 8];
    let biggest = stock.iter().max().unwrap();
    println!("biggest {}", biggest);
    stock.push(13);
    let first = &mut stock[0];
    *first += 1;
    let total: i32 = stock.iter().sum();
    println!("{:?} total {}", stock, total);
}
