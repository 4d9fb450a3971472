// The cheapest task is read through a reference whose last use comes before the next push (NLL).
fn main() {
    let mut tasks: Vec<(u32, String)> = vec![(3, "review".into()), (1, "coffee".into())];
    tasks.sort();
    let cheapest = &tasks[0];
    println!("next: {} ({})", cheapest.1, cheapest.0);
    tasks.push((cheapest.0 + 10, String::from("follow-up")));
    println!("{:?}", tasks);
}
