// an answer declared without a value and assigned on each branch before use (conditional initialisation)
fn main() {
    let input = "7 3 9 1";
    let nums: Vec<i64> = input.split(' ').map(|n| n.parse().unwrap()).collect();
    let answer: i64;
    let label: &str;
    if nums.len() % 2 == 0 {
        answer = nums.iter().step_by(2).sum();
        label = "even";
    } else {
        answer = nums.iter().product();
        label = "odd";
    }
    println!("{label}: {answer}");
}
