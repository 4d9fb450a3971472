// ? on Option returns None early.
fn last_char_of_first_line(text: &str) -> Option<char> {
    text.lines().next()?.chars().last()
}

fn second_word_len(text: &str) -> Option<usize> {
    let w = text.split_whitespace().nth(1)?;
    Some(w.len())
}

fn main() {
    println!("{:?}", last_char_of_first_line("Hello, world\nHow are you?"));
    println!("{:?}", last_char_of_first_line(""));
    println!("{:?}", last_char_of_first_line("\nhi"));
    println!("{:?}", second_word_len("one three"));
    println!("{:?}", second_word_len("one"));
}
