// A binding declared without a value and initialised in every branch of a match before use.
fn main() {
    for hour in [6u32, 13, 22] {
        let greeting: &str;
        let punctuation;
        match hour {
            0..=11 => {
                greeting = "good morning";
                punctuation = '!';
            }
            12..=17 => {
                greeting = "good afternoon";
                punctuation = '.';
            }
            _ => {
                greeting = "good night";
                punctuation = '~';
            }
        }
        println!("{}{}", greeting, punctuation);
    }
}
