// Deferred initialisation: a `let` without value assigned in every branch of an if/match.
fn main() {
    for code in [200, 404, 500, 302] {
        let kind: &str;
        let retry;
        if code < 300 {
            kind = "ok";
            retry = false;
        } else {
            match code {
                400..=499 => {
                    kind = "client";
                    retry = false;
                }
                500..=599 => {
                    kind = "server";
                    retry = true;
                }
                _ => {
                    kind = "other";
                    retry = code == 302;
                }
            }
        }
        println!("{} {} retry={}", code, kind, retry);
    }
}
