import { useState } from 'react';
import { copyText } from '../../components/download';
import { MessageSlot } from '../../components/message-slot';
import { jobPostText, jobPosts, type Bank, type Evaluation } from '../../engine';
import { fill } from '../../i18n/format';
import { useLocale, useResultMessages } from '../../i18n/language-context';

/** One job-post starter per role in the plan, each with its own copy button. On screen only: the Markdown summary carries them, and the printout stays within two pages. */
export function JobPosts({ bank, evaluation }: { bank: Bank; evaluation: Evaluation }) {
  const locale = useLocale();
  const r = useResultMessages().result;
  const m = r.jobPosts;
  const posts = jobPosts(bank, evaluation);
  const [message, setMessage] = useState('');
  return (
    <div className="job-post">
      <p className="muted">{m.intro}</p>
      {posts.map((post) => (
        <article key={post.role} aria-labelledby={`post-${post.role}`}>
          <h3 id={`post-${post.role}`}>{post.title}</h3>
          <blockquote>
            <p>
              <strong>{m.about}</strong> {post.about}
            </p>
            <p>
              <strong>{m.duties}</strong> {fill(locale, m.list, { items: post.duties.join(m.separator) })}
            </p>
            <p>
              <strong>{m.skills}</strong> {fill(locale, m.list, { items: post.skills.join(m.separator) })}
            </p>
          </blockquote>
          <button
            type="button"
            className="button small no-print"
            onClick={() =>
              void copyText(jobPostText(post, bank.locale)).then((copied) =>
                setMessage(copied ? fill(locale, m.copied, { title: post.title }) : r.copyRefused),
              )
            }
          >
            {fill(locale, m.copy, { title: post.title })}
          </button>
        </article>
      ))}
      <MessageSlot role="status">{message}</MessageSlot>
    </div>
  );
}
