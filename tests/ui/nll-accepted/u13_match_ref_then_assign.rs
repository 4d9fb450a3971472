// A match borrows a field in its arms; the field is assigned after the match.
enum State {
    Empty,
    Full(String),
}

fn main() {
    let mut st = State::Full(String::from("data"));
    let len = match &st {
        State::Full(s) => s.len(),
        State::Empty => 0,
    };
    st = State::Empty;
    if let State::Empty = st {
        println!("emptied after reading {}", len);
    }
}
