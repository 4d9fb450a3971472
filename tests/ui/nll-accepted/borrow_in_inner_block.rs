// A borrow confined to an inner block, then mutation after it.
fn main() {
    let mut scores = vec![10, 20, 30];
    {
        let best = scores.iter().max().unwrap();
        println!("best {}", best);
    }
    scores.push(40);
    let avg = scores.iter().sum::<i32>() / scores.len() as i32;
    scores.push(avg);
    println!("{:?}", scores);
}
