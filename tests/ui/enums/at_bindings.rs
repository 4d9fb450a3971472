// @ bindings capture a value while testing it against a pattern.
enum Message {
    Hello { id: i32 },
}

fn main() {
    for id in [5, 11, 3] {
        let msg = Message::Hello { id };
        match msg {
            Message::Hello { id: id_variable @ 3..=7 } => println!("Found an id in range: {id_variable}"),
            Message::Hello { id: 10..=12 } => println!("Found an id in another range"),
            Message::Hello { id } => println!("Found some other id: {id}"),
        }
    }
    let v = [1, 2, 3, 4, 5];
    if let [first, rest @ ..] = &v[..] {
        println!("{first} then {rest:?}");
    }
    let n = 42;
    let m @ 40..=50 = n else { return };
    println!("m = {m}");
}
