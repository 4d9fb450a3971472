// if let with else, matching one variant of an enum.
#[derive(Debug)]
enum Coin {
    Penny,
    Nickel,
    Quarter(&'static str),
}

fn main() {
    let coins = [Coin::Penny, Coin::Quarter("Alaska"), Coin::Nickel];
    let mut count = 0;
    for coin in &coins {
        if let Coin::Quarter(state) = coin {
            println!("State quarter from {state}!");
        } else {
            count += 1;
            println!("{coin:?} counted");
        }
    }
    println!("count = {count}");
}
