// Morse code: encoding letters through a match table, decoding with a lookup over a const array, word gaps with " / ".
const TABLE: [(char, &str); 36] = [
    ('a', ".-"), ('b', "-..."), ('c', "-.-."), ('d', "-.."), ('e', "."), ('f', "..-."), ('g', "--."),
    ('h', "...."), ('i', ".."), ('j', ".---"), ('k', "-.-"), ('l', ".-.."), ('m', "--"), ('n', "-."),
    ('o', "---"), ('p', ".--."), ('q', "--.-"), ('r', ".-."), ('s', "..."), ('t', "-"), ('u', "..-"),
    ('v', "...-"), ('w', ".--"), ('x', "-..-"), ('y', "-.--"), ('z', "--.."), ('0', "-----"),
    ('1', ".----"), ('2', "..---"), ('3', "...--"), ('4', "....-"), ('5', "....."), ('6', "-...."),
    ('7', "--..."), ('8', "---.."), ('9', "----."),
];

fn encode_char(c: char) -> Option<&'static str> {
    let lower = c.to_ascii_lowercase();
    TABLE.iter().find(|(k, _)| *k == lower).map(|(_, code)| *code)
}

fn encode(text: &str) -> Result<String, char> {
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let mut codes = Vec::new();
        for c in word.chars() {
            codes.push(encode_char(c).ok_or(c)?);
        }
        words.push(codes.join(" "));
    }
    Ok(words.join(" / "))
}

fn decode(morse: &str) -> String {
    morse
        .split(" / ")
        .map(|word| {
            word.split(' ')
                .map(|code| TABLE.iter().find(|(_, c)| *c == code).map_or('?', |(k, _)| *k))
                .collect::<String>()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn main() {
    for msg in ["SOS", "Hello World", "rust 2024", "what?"] {
        match encode(msg) {
            Ok(m) => {
                let back = decode(&m);
                println!("{:<12} -> {}", msg, m);
                println!("{:<12} <- {}", "", back);
            }
            Err(c) => println!("{:<12} cannot encode {:?}", msg, c),
        }
    }
    println!("{}", decode("...---... / .-.-.-"));
    let dots = encode("eeee").unwrap().matches('.').count();
    println!("dots in eeee: {}", dots);
}
